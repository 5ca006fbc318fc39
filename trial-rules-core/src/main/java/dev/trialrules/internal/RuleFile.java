package dev.trialrules.internal;

/**
 * A DRL file's text and where it came from.
 *
 * @param name the file name, by which a rules directory replaces a shipped file
 * @param path where it was read from, as error messages show it
 * @param text its content
 */
public record RuleFile(String name, String path, String text) {}
