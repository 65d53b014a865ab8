import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

configure({ testIdAttribute: 'data-test' });

// jsdom lacks TextEncoder, which browsers have: the plugin encodes UTF-8 with it (the election hash,
// the VMI id label's SHA-1).
import { TextDecoder, TextEncoder } from 'util';
Object.assign(globalThis, { TextEncoder, TextDecoder });
