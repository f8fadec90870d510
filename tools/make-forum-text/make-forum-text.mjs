// Makes the text a person gets from each saved forum page: headless Chromium's document.body.innerText
// (select-all/copy), and w3m and lynx dumps (hard-wrapped text-browser output). Every network request is
// refused and scripts are off, so the text comes from the saved markup only.
// Usage: node make-forum-text.mjs <shared data dir> (writes <dir>/forum-text/{innertext,w3m,lynx}/NAME.txt)
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const data = process.argv[2] ?? '/work/shared/data';
const out = join(data, 'forum-text');
const pages = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) { if (name !== 'gold') walk(path); }
    else if (name.endsWith('.html')) pages.push(path);
  }
};
walk(join(data, 'forum-html'));
walk(join(data, 'forum-html-more'));
for (const kind of ['innertext', 'w3m', 'lynx']) mkdirSync(join(out, kind), { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
for (const page of pages) {
  const url = pathToFileURL(page).href;
  const tab = await context.newPage();
  // Only the saved file itself may load; images, styles, fonts and every remote request are refused.
  await tab.route('**/*', (route) => route.request().url() === url ? route.continue() : route.abort());
  await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
  const text = await tab.evaluate(() => document.body ? document.body.innerText : '');
  await tab.close();
  const name = basename(page) + '.txt';
  writeFileSync(join(out, 'innertext', name), text);
  const run = (cmd, args) => execFileSync(cmd, args, { maxBuffer: 1 << 28, env: { ...process.env, http_proxy: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9' } });
  writeFileSync(join(out, 'w3m', name), run('w3m', ['-dump', '-cols', '80', '-T', 'text/html', '-o', 'display_charset=UTF-8', page]));
  writeFileSync(join(out, 'lynx', name), run('lynx', ['-dump', '-nolist', '-width=80', '-display_charset=UTF-8', '-force_html', page]));
  console.log(name);
}
await browser.close();
