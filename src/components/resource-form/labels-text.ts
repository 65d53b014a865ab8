// Labels and matchLabels typed as "key=value, key2=value2" (the console's label syntax).

export const formatLabels = (labels: Record<string, string> | undefined): string =>
  Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

/** The labels in `text`, or undefined when it is empty; a part without "=" gets an empty value. */
export const parseLabels = (text: string): Record<string, string> | undefined => {
  const parts = text
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const labels: Record<string, string> = {};
  for (const part of parts) {
    const at = part.indexOf('=');
    if (at < 0) labels[part] = '';
    else labels[part.slice(0, at)] = part.slice(at + 1);
  }
  return labels;
};
