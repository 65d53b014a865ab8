// A line diff for the conflict view: the longest common subsequence of two short texts (YAML of one
// object, a few hundred lines at most), paired into side-by-side rows.

export interface DiffRow {
  left?: string;
  right?: string;
  kind: 'same' | 'changed' | 'removed' | 'added';
}

export const lineDiff = (leftText: string, rightText: string): DiffRow[] => {
  const a = leftText.replace(/\n$/, '').split('\n');
  const b = rightText.replace(/\n$/, '').split('\n');
  // lcs[i][j]: common lines of a[i..] and b[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const rows: DiffRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const n = Math.max(removed.length, added.length);
    for (let k = 0; k < n; k++) {
      const left = removed[k];
      const right = added[k];
      const kind = left === undefined ? 'added' : right === undefined ? 'removed' : 'changed';
      rows.push({ left, right, kind });
    }
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      rows.push({ left: a[i], right: b[j], kind: 'same' });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      added.push(b[j++]);
    } else {
      removed.push(a[i++]);
    }
  }
  flush();
  return rows;
};
