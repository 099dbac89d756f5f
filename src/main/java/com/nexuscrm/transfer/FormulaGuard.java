package com.nexuscrm.transfer;

/**
 * Keeps spreadsheets from running exported cells as formulas (OWASP "CSV injection"): a cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return is written with a leading
 * {@code '}, which spreadsheets show as text. The importer takes that {@code '} off again, so an export
 * read back gives the exact values: a phone {@code +1 415 555 0100}, a negative number {@code -5}, a text
 * {@code =HYPERLINK(...)}.
 *
 * <p>A value that already starts with apostrophes before such a character ({@code '=x}) gets one more
 * ({@code ''=x}), so that taking one off on import gives it back unchanged. Any other value, including one
 * that starts with an apostrophe followed by anything else ({@code 'tis}), is left alone both ways.
 */
public final class FormulaGuard {
    private static final char MARK = '\'';
    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() { }

    /** The cell as written by a safe export. */
    public static String protect(String cell) {
        return isGuarded(cell, 0) ? MARK + cell : cell;
    }

    /** The cell as the importer reads it: one leading {@code '} less when {@link #protect} could have added it. */
    public static String unprotect(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == MARK && isGuarded(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether the text from {@code from} on is apostrophes (maybe none) followed by a trigger character. */
    private static boolean isGuarded(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == MARK) {
            i++;
        }
        return i < cell.length() && TRIGGERS.indexOf(cell.charAt(i)) >= 0;
    }
}
