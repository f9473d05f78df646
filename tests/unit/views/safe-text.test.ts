import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../../src/shell/views/report-html";
import { markdownText, terminalLine, terminalText } from "../../../src/shell/views/safe-text";

const ESC = "\u001b";
const BEL = "\u0007";

describe("terminalText", () => {
  it("drops whole escape sequences: clear screen, window title, hyperlinks, 8-bit CSI", () => {
    expect(terminalText(`a${ESC}[2J${ESC}[Hb`)).toBe("ab");
    expect(terminalText(`${ESC}]0;pwned${BEL}title`)).toBe("title");
    expect(terminalText(`${ESC}]8;;https://evil.example/${ESC}\\click${ESC}]8;;${ESC}\\`)).toBe(
      "click",
    );
    expect(terminalText("x\u009b31my\u009d0;t\u0007z")).toBe("xyz");
    expect(terminalText(`${ESC}c${ESC}(Bok`)).toBe("ok");
  });

  it("drops every other control character but keeps tabs, newlines and ordinary text", () => {
    expect(terminalText("a\rb\u0000c\u0008d\u007f\u202ee\tf\ng — «ё»")).toBe("abcde\tf\ng — «ё»");
    expect(terminalLine("a\tb\nc")).toBe("a b c");
  });
});

describe("markdownText", () => {
  it("makes HTML, links, emphasis and list markers literal", () => {
    expect(markdownText('<script>alert("x")</script> & [a](http://x) *b* `c` |')).toBe(
      '&lt;script&gt;alert\\("x"\\)&lt;/script&gt; &amp; \\[a\\]\\(http://x\\) \\*b\\* \\`c\\` \\|',
    );
    expect(markdownText("# title\n- item\n1938. year\n=")).toBe(
      "\\# title\n\\- item\n1938\\. year\n\\=",
    );
  });
});

describe("escapeHtml", () => {
  it("also drops escape sequences, so a page printed to the terminal cannot drive it", () => {
    expect(escapeHtml(`${ESC}]0;pwned${BEL}<b>"x"${ESC}[2J`)).toBe("&lt;b&gt;&quot;x&quot;");
  });
});
