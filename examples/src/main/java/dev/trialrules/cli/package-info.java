/**
 * The {@code trial-policy} command line. {@link dev.trialrules.cli.TrialPolicyCli} is the main
 * class; each subcommand is a class of its own, so that {@code timeline}, {@code sweep},
 * {@code validate} and {@code test} can join {@code evaluate} without touching it.
 */
package dev.trialrules.cli;
