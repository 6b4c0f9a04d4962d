#!/usr/bin/env node
// DX Plan Studio: checks one HTML file against WCAG 2.0/2.1 levels A and AA
// with axe-core, in Debian's Chromium driven by puppeteer-core.
//
//   node axe-check.js FILE.html
//
// Prints the violations as JSON on stdout. Exit status: 0 none, 1 some,
// 2 the check itself failed (no browser, no file, time out after 60 s).
// The packages are found through NODE_PATH or in the repository's
// .deps/node/node_modules (scripts/install-node-deps.sh puts them there).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const CHROMIUM = '/usr/bin/chromium';
const TIMEOUT_MS = 60000;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MODULES = path.join(__dirname, '..', '..', '..', '.deps', 'node', 'node_modules');

// A package from NODE_PATH or else from the repository's .deps/node.
function resolve(request) {
    try {
        return require.resolve(request);
    } catch (e) {
        return require.resolve(request, { paths: [MODULES] });
    }
}

async function check(file, userDataDir, opened) {
    const puppeteer = require(resolve('puppeteer-core'));
    const axeSource = resolve('axe-core/axe.min.js');
    const browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        headless: true,
        pipe: true, // no debugging port: nothing listens on the network
        userDataDir,
        args: [
            '--no-sandbox',
            '--headless=new',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-gpu',
        ],
    });
    opened(browser);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page.addScriptTag({ path: axeSource });
    const results = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        TAGS);
    return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        tags: v.tags,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
}

async function main() {
    const file = process.argv[2];
    if (!file || process.argv.length > 3) {
        console.error('usage: node axe-check.js FILE.html');
        return 2;
    }
    if (!fs.existsSync(file)) {
        console.error(`axe-check: ${file} does not exist`);
        return 2;
    }
    if (!fs.existsSync(CHROMIUM)) {
        console.error(`axe-check: ${CHROMIUM} is not installed`);
        return 2;
    }
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dxplan-axe-'));
    let browser = null;
    let timer = null;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    });
    let status = 2;
    try {
        const violations = await Promise.race([check(file, userDataDir, (b) => { browser = b; }), timeout]);
        process.stdout.write(JSON.stringify(violations, null, 2) + '\n');
        status = violations.length === 0 ? 0 : 1;
    } catch (e) {
        console.error(`axe-check: ${e && e.message ? e.message : e}`);
        status = 2;
    } finally {
        clearTimeout(timer);
        if (browser) {
            // A browser that does not close in time is killed: the check
            // never leaves a Chromium behind.
            const closed = browser.close().catch(() => {});
            const late = new Promise((done) => setTimeout(done, 10000));
            await Promise.race([closed, late]);
            const child = browser.process();
            if (child && child.exitCode === null && !child.killed)
                child.kill('SIGKILL');
        }
        fs.rmSync(userDataDir, { recursive: true, force: true });
    }
    return status;
}

main().then((status) => process.exit(status), (e) => {
    console.error(`axe-check: ${e}`);
    process.exit(2);
});
