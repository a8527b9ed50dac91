/**
 * CSV that Excel opens with the Chinese intact: a byte-order mark, every cell
 * quoted, CRLF lines, and no cell a spreadsheet could run as a formula.
 */

/**
 * A cell: quoted, its quotes doubled; text starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading `'` so a spreadsheet reads it as text, not a
 * formula. A plain number such as `-0.25` is left as it is: it cannot be a formula,
 * and a `'` would turn it into text.
 *
 * @example
 * csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 * csvCell(-0.25) // '"-0.25"'
 */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

/**
 * A header and rows as one CSV text, ending with a line break.
 *
 * @example
 * csvText(['学员'], [['王芳']]) // '\uFEFF"学员"\r\n"王芳"\r\n'
 */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
