package org.openimr.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs test classes on the JUnit Platform from inside a test and records, per property, whether it
 * passed, failed or was skipped, with the failure and jqwik's report (which holds the shrunk case).
 */
final class PlatformRun {
  /** What happened to one property. */
  record Outcome(
      String property,
      String status,
      Optional<Throwable> failure,
      Optional<String> skipReason,
      List<String> reports) {}

  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  private final Map<String, String> uniqueIds = new LinkedHashMap<>();
  private final Map<String, List<String>> reports = new LinkedHashMap<>();

  private PlatformRun() {}

  /** Runs every property of a contract class. */
  static PlatformRun of(Class<?> testClass) {
    return run(selectClass(testClass));
  }

  /** Runs one property of a contract class. */
  static PlatformRun of(Class<?> testClass, String property) {
    return run(
        selectMethod(testClass.getName() + "#" + property + "(" + parameters(property) + ")"));
  }

  Outcome outcome(String property) {
    Outcome o = outcomes.get(property);
    if (o == null) {
      throw new AssertionError("no property " + property + " ran; ran: " + outcomes.keySet());
    }
    return new Outcome(
        o.property(),
        o.status(),
        o.failure(),
        o.skipReason(),
        reports.getOrDefault(uniqueIds.get(property), List.of()));
  }

  Map<String, Outcome> outcomes() {
    return outcomes;
  }

  private static String parameters(String property) {
    for (java.lang.reflect.Method m : EvaluatorContract.class.getMethods()) {
      if (m.getName().equals(property)) {
        List<String> names = new ArrayList<>();
        for (Class<?> type : m.getParameterTypes()) {
          names.add(type.getName());
        }
        return String.join(",", names);
      }
    }
    throw new IllegalArgumentException("EvaluatorContract has no property " + property);
  }

  private static PlatformRun run(DiscoverySelector selector) {
    PlatformRun run = new PlatformRun();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selector)
            // jqwik prints its reports, the shrunk sample among them, to the console unless told
            // to publish them as report entries, which a listener can read.
            .configurationParameter("jqwik.reporting.usejunitplatform", "true")
            .build(),
        run.listener());
    return run;
  }

  private TestExecutionListener listener() {
    return new TestExecutionListener() {
      @Override
      public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        reports.computeIfAbsent(test.getUniqueId(), k -> new ArrayList<>()).add(entry.toString());
      }

      @Override
      public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
          outcomes.put(
              test.getDisplayName(),
              new Outcome(
                  test.getDisplayName(),
                  "SKIPPED",
                  Optional.empty(),
                  Optional.of(reason),
                  List.of()));
        }
      }

      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
          @Nullable Throwable failure = result.getThrowable().orElse(null);
          outcomes.put(
              test.getDisplayName(),
              new Outcome(
                  test.getDisplayName(),
                  result.getStatus().name(),
                  Optional.ofNullable(failure),
                  Optional.empty(),
                  List.of()));
          uniqueIds.put(test.getDisplayName(), test.getUniqueId());
        }
      }
    };
  }
}
