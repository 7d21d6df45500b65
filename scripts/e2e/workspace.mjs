// The workspace the editor suite (test/e2e/suite) opens, shared by the offline launcher
// (run.mjs, code-server) and the online one (test/e2e/electron.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportOfSize } from '../bench-doc.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the suite writes its keystroke latencies (E2E_RESULTS); `npm run bench` prints them. */
export const LATENCY_FILE = join(root, 'out', 'e2e', 'latency.json');
/** Where the launcher writes keystroke → squiggle as timed in the editor window (felt.mjs). */
export const FELT_FILE = join(root, 'out', 'e2e', 'felt-latency.json');

/** The drafts the suite opens, derived from the seeds and the example in the repo. */
export function writeWorkspace(dir) {
  const seed = readFileSync(join(root, 'seeds', '000_41963604cc82717d.txt'), 'utf8');
  const draft = seed.replace('二、2024年工作安排', '二、2025年工作安排').replace('(四)以第三产业为抓手', '(五)以第三产业为抓手');
  writeFileSync(join(dir, '2024年乌拉特后旗政府工作报告.txt'), draft);
  // The same report under a name that says nothing: found by its content.
  writeFileSync(join(dir, 'draft.txt'), draft);
  // Our example report, paragraphs indented with 　　 as printed reports are (no Unicode boxes).
  const example = readFileSync(join(root, 'examples', '2025年示例旗政府工作报告.txt'), 'utf8');
  const indented = example.split('\n').map((l, i) => (i > 2 && l.trim() ? `\u3000\u3000${l}` : l)).join('\n');
  writeFileSync(join(dir, '2025年示例旗政府工作报告.txt'), indented);
  // Keystroke latency documents: one report of 13k and of 100k characters, the documents the
  // server's own benchmark uses (scripts/bench-doc.mjs: our example's review grown by seed
  // paragraphs with varied figures). Not the example repeated: a page holding one report several
  // times is read once (duplicate-paragraph), and a keystroke that breaks the repetition makes
  // every copy a separate report, which is no writer's document.
  for (const [name, chars] of [['latency-13k.report.txt', 13000], ['latency-100k.report.txt', 100000]]) {
    writeFileSync(join(dir, name), reportOfSize(root, chars));
  }
  writeFileSync(join(dir, 'notes.md'), '# 会议纪要\n\n讨论了“三个一批”。\n');
  mkdirSync(join(dir, '.vscode'));
  // No editor.* settings here: the suite checks the defaults the extension contributes.
  writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'editor.minimap.enabled': false, 'reportLint.locale': 'zh-cn' }));
}

/**
 * User settings of the test profile: no AI features, experiments, update checks or git, which
 * only reach for the network or a sign-in on an offline machine. The workbench still logs
 * "Timed out waiting for authentication provider 'github'" (its account service asks at start
 * whatever the settings); run.mjs keeps such workbench errors for a failing run's report.
 */
export function writeUserSettings(userDir) {
  mkdirSync(join(userDir, 'User'), { recursive: true });
  writeFileSync(
    join(userDir, 'User', 'settings.json'),
    JSON.stringify({ 'chat.disableAIFeatures': true, 'workbench.enableExperiments': false, 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'github.gitAuthentication': false, 'git.enabled': false, 'telemetry.telemetryLevel': 'off' }),
  );
}

