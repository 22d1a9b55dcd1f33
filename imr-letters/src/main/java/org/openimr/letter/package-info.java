/**
 * Final determination letters: {@link org.openimr.letter.LetterRenderer} writes a {@link
 * org.openimr.model.Determination} as the letter a reviewer would sign, {@link
 * org.openimr.letter.LetterParser} reads a published letter's text into a {@link
 * org.openimr.letter.ParsedLetter} (its sections, its disputed items and the case facts of its
 * summary, each {@link org.openimr.letter.Fact} with the {@link org.openimr.letter.TextSpan} it
 * came from), and {@link org.openimr.letter.ReReview} decides a parsed letter's items again with an
 * {@link org.openimr.review.ImrReviewer} and compares. The parser reads only what a letter states:
 * a fact it cannot find stays absent, and arbitrary input fails with one {@link
 * org.openimr.letter.LetterParseException}. This package is the module {@code imr-letters}: it
 * depends on the model, the SPI and the reviewer of {@code imr-core}, which holds no letter code.
 *
 * <p>Round trip: every plain-text letter the renderer writes reads back with the same items (names
 * with white space collapsed, ids, decisions, requests where the name states one). The renderer and
 * the reader agree on one rule rather than on a list of forbidden names: before writing an item's
 * line {@code name: Decision} the renderer asks the reader whether the line reads back as that
 * item, and if not (the name is a heading or a label, starts with a number, a lead such as "The" or
 * a closing word, ends in a colon, has no letter or is quoted) writes the name in double quotes,
 * which the reader strips once. Names are not limited in length: an item line of that form is
 * recognised by its end, at any length. An occupation is read only as up to three lower-case words
 * directly after the sex word, or after "employed as", ended by a stop word.
 */
@NullMarked
package org.openimr.letter;

import org.jspecify.annotations.NullMarked;
