/**
 * CSV import and export of leads, accounts, contacts and deals. Depends only on the domain and Commons CSV
 * (guarded by {@code TransferArchitectureTest}); the UI and the CLI drive it through {@link
 * com.nexuscrm.domain.Progress}.
 *
 * <p>Entry points: {@link com.nexuscrm.transfer.CsvImporter} ({@code preview}, {@code importFile}),
 * {@link com.nexuscrm.transfer.CsvExporter}, {@link com.nexuscrm.transfer.ColumnMapping} ({@code auto},
 * {@code load}, {@code withField}) and {@link com.nexuscrm.transfer.RecordKind}.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>The summary is always {@code imported N, rejected M, report: PATH}, with {@code none} as PATH when
 *       nothing was rejected; the report is written only then, as {@code NAME.rejected.csv} beside the input
 *       unless a path is given, with columns {@code line,field,reason,record}, one row per rejected record.</li>
 *   <li>Line numbers are physical lines of the file (1 = header), the first line of a multi-line record.</li>
 *   <li>A quote still open after 50 physical lines, 64 KiB or at the end of the file rejects only the record
 *       that opened it ("unclosed quote starting at line N"); reading resumes at the next physical line.</li>
 *   <li>Blank cells leave a field unset; defaults then fill createdAt (now), lead status NEW and source IMPORT,
 *       deal stage PROSPECTING and the workspace currency (USD unless the team chose another). Free text is kept verbatim; every other value is trimmed.</li>
 *   <li>An id that is already stored, even as a tombstone, or repeated in the file rejects the row: an import
 *       never overwrites a record.</li>
 *   <li>Blank lines are skipped and not counted.</li>
 * </ul>
 */
package com.nexuscrm.transfer;
