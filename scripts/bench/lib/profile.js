// CPU profiles (the DevTools protocol's Profiler) of our element's work, mapped back through the CDN
// file's source map: self time by original source file and by function.
import { groupOf, SourceMap } from './sourcemap.js';

/** Starts sampling every `interval` µs; the returned function stops and returns the profile. */
export async function startProfile(cdp, interval = 100) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    return profile;
  };
}

/**
 * Self time (ms, divided by `runs`) by source group and by function, for functions from `file` (mapped
 * with `map`), the browser's built-ins, and V8's own buckets (GC, program).
 */
export function attribute(profile, { file, map, runs = 1 }) {
  const sourceMap = new SourceMap(map);
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const groups = new Map();
  const functions = new Map();
  const add = (table, key, us) => table.set(key, (table.get(key) ?? 0) + us / 1000 / runs);
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    const { functionName, url, lineNumber, columnNumber } = callFrame;
    if (functionName === '(idle)') continue;
    let group;
    let name;
    if (url.endsWith(`/${file}`)) {
      const original = sourceMap.lookup(lineNumber, columnNumber);
      group = groupOf(original?.source);
      name = `${original?.name ?? functionName ?? '(anonymous)'} (${group.replace(/^src\//, '')}:${original?.line ?? '?'})`;
    } else if (!url) {
      group = functionName.startsWith('(') ? functionName : '(browser built-ins)';
      name = functionName.startsWith('(') ? functionName : `${functionName || '(anonymous)'} (built-in)`;
    } else {
      group = '(bench harness and baseline)';
      // The harness's timed() reads offsetHeight: the style and layout it forces land on it.
      name =
        functionName === 'timed'
          ? 'style and layout (forced by the harness)'
          : `${functionName || '(anonymous)'} (${url.split('/').pop()})`;
    }
    add(groups, group, us);
    add(functions, name, us);
  }
  const sorted = (table) => [...table].sort((a, b) => b[1] - a[1]);
  return { groups: sorted(groups), functions: sorted(functions) };
}
