// Keystroke → squiggle as the writer sees it, timed in the editor window itself (the launcher
// drives the page; the suite opens the document and puts the cursor in a body paragraph). Each
// measurement types a character that the traditional-char rule flags (電, our choice: any
// character the rule knows would do) and waits, in the page, until the editor's DOM holds one
// more squiggle than before the keystroke (VS Code renders decorations in an animation frame, so
// the browser paints it in that same frame); Backspace takes it out again. Start: in the page, just before the keystroke is sent (the editor may take text
// through EditContext, without input events on an element).

/** Squiggles the editor shows (VS Code draws each diagnostic's range as a squiggly-* decoration). */
const SQUIGGLES = '.monaco-editor [class*="squiggly-"]';

export async function feltLatency(page, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const appeared = page.evaluate(
      ([selector, limitMs]) =>
        new Promise((resolve) => {
          const count = () => document.querySelectorAll(selector).length;
          const before = count();
          window.__reportLintStart = undefined;
          const editor = document.querySelector('.monaco-editor');
          let finished = false;
          const done = (value) => {
            if (finished) return;
            finished = true;
            observer.disconnect();
            clearTimeout(timer);
            resolve(value);
          };
          const observer = new MutationObserver(() => {
            const start = window.__reportLintStart;
            if (start !== undefined && count() > before) done(performance.now() - start);
          });
          observer.observe(editor ?? document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
          const timer = setTimeout(() => done(null), limitMs);
        }),
      [SQUIGGLES, 10000],
    );
    // The observer is in place (this round trip follows it); the clock starts in the page.
    await page.evaluate(() => (window.__reportLintStart = performance.now()));
    await page.keyboard.insertText('電');
    const ms = await appeared;
    if (ms === null) throw new Error(`no squiggle within 10 s after keystroke ${i}`);
    times.push(ms);
    // Out again, and a pause as between a writer's keystrokes, for the complete lint to follow.
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(400);
  }
  return times;
}
