// About how tall a section of the kinds index is (a heading and a table of kinds), in rem, for its
// page part's estimated height (global.css `.part`): rough, as for the guide's parts, since it only
// stands in until the part is laid out. Measured at 390 and 1280 px: headings 1.6-3.25rem with
// their margins, the table's head 2.6-5.8rem, a row 2.6rem (4.25rem where a long name wraps on a phone).
const HEADING_REM = { h2: 3.25, h3: 2.1 } as const;
const TABLE_HEAD_REM = 3.5;
const ROW_REM = 2.8;
const TABLE_MARGIN_REM = 1;

export function kindSectionRem(rows: number, heading: keyof typeof HEADING_REM): number {
  return Math.round(HEADING_REM[heading] + TABLE_HEAD_REM + rows * ROW_REM + TABLE_MARGIN_REM);
}
