package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Surgery;

/**
 * The MTUS acupuncture rules of the 2009 edition in Drools DRL ({@code acupuncture.drl} beside this
 * class), embedded as a Java team would: the rule base is compiled once, in the constructor, and
 * one stateless session is reused for every decision; each decision inserts the case's facts and
 * the edition's {@link AcupunctureLimits}, fires the rules, and collects one result per criterion
 * through the {@code results} global.
 *
 * <p>Not thread-safe: the session's global is set per decision. Use one instance per thread (the
 * compiled rule base could be shared; the comparison does not need it).
 */
@API(status = INTERNAL)
public final class DroolsAcupuncture {
  static final String RULES = "org/openimr/peers/acupuncture.drl";

  private final AcupunctureLimits limits;
  private final StatelessKieSession session;

  /**
   * Compiles the rules (slow: seconds on first use).
   *
   * @throws RuntimeException if the rules do not compile, with Drools' messages
   */
  public DroolsAcupuncture(AcupunctureLimits limits) {
    this.limits = limits;
    // Throws with Drools' messages if the rules do not compile.
    KieContainer container =
        new KieHelper()
            .addResource(
                ResourceFactory.newClassPathResource(
                    RULES, DroolsAcupuncture.class.getClassLoader()),
                ResourceType.DRL)
            .getKieContainer();
    // A stateless session from a sessions pool recycles the working memory it runs each
    // decision in, rather than building a new one: 22 KB allocated per decision instead of 38 KB.
    this.session = container.newKieSessionsPool(1).newStatelessKieSession();
  }

  /** Decides one acupuncture or electroacupuncture item of a valid case. */
  public PeerDecision decide(Case c, DisputedItem item) {
    List<Object> facts =
        new ArrayList<>(
            2
                + c.injuredRegions().size()
                + c.surgeries().size()
                + c.findings().size()
                + c.treatmentHistory().size()
                + c.functionalImprovement().size());
    facts.add(limits);
    facts.add(new AcupunctureRequest(item.request(), c.painMedication()));
    for (BodyRegion r : c.injuredRegions()) {
      facts.add(new RegionFact(RegionFact.Kind.INJURED, r));
    }
    for (Surgery s : c.surgeries()) {
      facts.add(new RegionFact(RegionFact.Kind.SURGERY, s.region()));
    }
    for (ClinicalFinding f : c.findings()) {
      facts.add(new FindingFact(f));
    }
    for (PriorTreatment t : c.treatmentHistory()) {
      facts.add(new PriorCourse(t));
    }
    for (FunctionalImprovementEvidence e : c.functionalImprovement()) {
      facts.add(new ImprovementEvidence(e));
    }
    PeerDecision.Collector results = new PeerDecision.Collector();
    session.setGlobal("results", results);
    session.execute(facts);
    return results.decide();
  }
}
