/**
 * Testing a policy: scenario files run as a suite ({@link dev.trialrules.test.ScenarioSuite}), as
 * JUnit 5 tests ({@link dev.trialrules.test.ScenarioTests}) or as a reload check; which rules they
 * exercised ({@link dev.trialrules.test.RuleCoverage}); and AssertJ assertions on decisions
 * ({@link dev.trialrules.test.TrialRulesAssertions}).
 */
package dev.trialrules.test;
