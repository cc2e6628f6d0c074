import { describe, expect, it } from "vitest";
import { defuseFormula, detectSeparator, formatCsvRow, parseCsv } from "@/lib/csv";

const cellsOf = (text: string) => parseCsv(text).map((record) => record.cells);

describe("parseCsv", () => {
  it("reads comma-separated rows with LF, CRLF or CR line ends", () => {
    expect(cellsOf("a,b\n1,2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(cellsOf("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(cellsOf("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("takes semicolons or tabs when the first line uses them", () => {
    expect(detectSeparator("email;language\nx@y.org;be")).toBe(";");
    expect(detectSeparator("email\tlanguage")).toBe("\t");
    expect(detectSeparator("email")).toBe(",");
    expect(cellsOf("email;language\nx@y.org;be")).toEqual([
      ["email", "language"],
      ["x@y.org", "be"],
    ]);
  });

  it("ignores separators inside quotes when choosing one", () => {
    expect(detectSeparator('"a;b;c",d\n')).toBe(",");
  });

  it("unquotes fields with doubled quotes, separators and line breaks", () => {
    expect(cellsOf('"say ""hi""","a,b","two\r\nlines"\nnext,row,here')).toEqual([
      ['say "hi"', "a,b", "two\r\nlines"],
      ["next", "row", "here"],
    ]);
  });

  it("numbers each record by the line it starts on, counting line breaks inside quotes", () => {
    const records = parseCsv('h1,h2\n"multi\nline",x\n\nlast,y\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it("drops a UTF-8 byte order mark and blank lines", () => {
    expect(cellsOf("\uFEFFemail,language\n\n,\nx@y.org,ru\n")).toEqual([
      ["email", "language"],
      ["x@y.org", "ru"],
    ]);
  });

  it("keeps empty fields and a last line without a line break", () => {
    expect(cellsOf("a,,c\n,b,")).toEqual([
      ["a", "", "c"],
      ["", "b", ""],
    ]);
  });

  it("reads an unclosed quote to the end rather than losing the row", () => {
    expect(cellsOf('a,"open\nstill')).toEqual([["a", "open\nstill"]]);
  });

  it("reads back what formatCsvRow wrote, defused formulas included", () => {
    const row = ['=HYPERLINK("x")', "plain", "a,b", 'q"uote', "line\r\nbreak", "+1", "-2", "@sum", "\tTab"];
    expect(cellsOf(`${formatCsvRow(row)}\r\n`)).toEqual([row]);
  });
});

describe("formatCsvRow", () => {
  it("quotes only fields that need it, doubling quotes (RFC 4180)", () => {
    expect(formatCsvRow(["a", "b c", "d,e", 'f"g', "h\ni", null, undefined])).toBe('a,b c,"d,e","f""g","h\ni",,');
  });

  it("prefixes cells that a spreadsheet would run as a formula with a single quote", () => {
    expect(formatCsvRow(["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", "ok=1"])).toBe("'=1+1,'+SUM(A1),'-2,'@cmd,'\tx,\"'\rx\",ok=1");
    expect(defuseFormula("reader@example.org")).toBe("reader@example.org");
  });
});
