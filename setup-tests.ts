import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

configure({ testIdAttribute: 'data-test' });

// react-router 7 reads TextEncoder, which jsdom does not provide.
import { TextDecoder, TextEncoder } from 'util';
Object.assign(globalThis, { TextEncoder, TextDecoder });
