// eslint-disable-next-line @typescript-eslint/no-require-imports
const EventEmitter = require('events');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsonc = require('comment-json');

/** Finds console extension labels of the form "%plugin__<name>~Text%" in JSON(C). */
module.exports.ConsoleExtensionsLexer = class extends EventEmitter {
  extract(content, filename) {
    const keys = [];
    try {
      jsonc.parse(content, (_key, value) => {
        if (typeof value === 'string') {
          const match = value.match(/^%plugin__[^~]+~(.+)%$/);
          if (match) keys.push({ key: match[1] });
        }
        return value;
      });
    } catch (e) {
      this.emit('warning', `Failed to parse ${filename} as JSON: ${e}`);
    }
    return keys;
  }
};
