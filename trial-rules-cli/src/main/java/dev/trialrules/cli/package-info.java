/**
 * The {@code trial-policy} command line. {@link dev.trialrules.cli.TrialPolicyCli} is the main
 * class; each subcommand ({@code evaluate}, {@code timeline}, {@code sweep}, {@code validate}) is
 * a class of its own, so that another can join them without touching the others.
 */
package dev.trialrules.cli;
