import base from './web-test-runner.config.mjs';
const timing = {
  stop({ sessions }) {
    const rows = [];
    for (const s of sessions) {
      let sum = 0; let n = 0;
      const walk = (suite) => { for (const t of suite.tests) { sum += t.duration ?? 0; n++; if ((t.duration ?? 0) > 700) rows.push(["   " + t.name.slice(0, 90), 1, t.duration]); } suite.suites.forEach(walk); };
      if (s.testResults) walk(s.testResults);
      rows.push([s.testFile.replace(process.cwd() + '/', ''), n, sum]);
    }
    rows.sort((a, b) => b[2] - a[2]);
    const lines = rows.map(([f, n, d]) => `${(d / 1000).toFixed(1).padStart(6)} s ${String(n).padStart(4)}  ${f}`);
    setTimeout(() => require_write(lines.join('\n')), 0);
  },
};
import { writeFileSync } from 'node:fs';
function require_write(t) { writeFileSync('/tmp/wtrtime/out.txt', t + '\n'); }
export default { ...base, reporters: [...base.reporters, timing] };
