// Records what sanitize-html answers with the options @novu/framework 2.13.2 passes it (read from its
// dist/cjs/servers/lambda.cjs: sanitize-html's default tags plus style, img, html, head, body, link, meta,
// title; every attribute except on*; img limited to its image attributes; the doctype kept), for
// OutputSanitizerTest. Run once, by hand, next to an `npm install @novu/framework@2.13.2`:
//   node record-sanitizer-vectors.cjs ../resources/interop/sanitize-html-novu-2.13.2.json
const sanitize = require('sanitize-html');
const version = require('sanitize-html/package.json').version;

const IMAGE = ['src', 'alt', 'width', 'height', 'loading', 'srcset', 'sizes', 'crossorigin', 'usemap', 'ismap',
  'class', 'id', 'style', 'title', 'dir', 'lang'];
const keep = (test) => (tagName, attribs) => ({ tagName,
  attribs: Object.fromEntries(Object.entries(attribs).filter(([name]) => test(name.toLowerCase()))) });
const options = {
  allowedTags: sanitize.defaults.allowedTags.concat(['style', 'img', 'html', 'head', 'body', 'link', 'meta', 'title']),
  allowedAttributes: false,
  transformTags: { '*': keep((name) => !name.startsWith('on')), img: keep((name) => IMAGE.includes(name)) },
  allowVulnerableTags: true,
  parseStyleAttributes: false,
  parser: { lowerCaseAttributeNames: true },
};
const novuSanitize = (html) => {
  const fixed = html.replace(/<\/([a-zA-Z][a-zA-Z0-9]*)\s*\/[^>]*>/g, '</$1>');
  const doctype = fixed.match(/^<!DOCTYPE .*?>/);
  const clean = sanitize(fixed, options);
  return doctype ? doctype[0] + clean : clean;
};

const inputs = [
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html lang="en"><head>'
    + '<meta name="viewport" content="width=device-width"><style type="text/css">'
    + '@media only screen and (max-width:600px){.col{width:100% !important}} td > p{margin:0}</style></head>'
    + '<body bgcolor="#ffffff"><center><table width="600" align="center" style="border-collapse:collapse">'
    + '<thead><tr><th colspan="2" style="text-align:left">Weekly digest</th></tr></thead>'
    + '<tbody><tr><td class="col" valign="top" width="50%"><img src="cid:hero" alt="" width="280" data-track="1" onload="x()">'
    + '<img src="https://cdn.example.com/hero.png" alt="Hero"></td>'
    + '<td class="col"><p>Prices&nbsp;from&nbsp;€9 &lt; €10</p>'
    + '<a href="mailto:help@example.com">Help</a> <a href="/account">Account</a> <a href="//cdn.example.com/x">CDN</a> '
    + '<a href=" JaVaScRiPt:alert(1)">Bad</a></td></tr></tbody></table></center>'
    + '<noscript>Enable JS</noscript><iframe src="https://evil.example">in frame</iframe></body></html>',
  '<table><tr><td onclick="x()">1</td></tr></table>',
  'Hi <b>Ada</b><br>',
  'Tom & Jerry <3 > 2',
  '<p ONCLICK="x()" title="t">a<SCRIPT>b()</SCRIPT></p>',
  '<a href="java&#x09;script:alert(1)">x</a><a href="data:text/html,x">y</a>',
  '<div style="color:red" class="x" id="y" data-id="1"><span>ok</span><form action="/x"><input name="q"></form></div>',
  '<textarea>secret</textarea><select><option>o</option></select>after',
  'javascript:alert(1)',
];

const cases = inputs.map((input) => ({ input, output: novuSanitize(input) }));
require('fs').writeFileSync(process.argv[2], JSON.stringify({
  origin: 'sanitize-html ' + version + ' (npm, the version @novu/framework 2.13.2 installs) with the options of @novu/framework 2.13.2, in Node '
    + process.version + ', recorded by novu-framework/src/test/interop/record-sanitizer-vectors.cjs',
  cases }, null, 2) + '\n');
