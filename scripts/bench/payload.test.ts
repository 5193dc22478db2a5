import { describe, expect, it } from 'vitest';
import { directAssets } from './payload';

describe('directAssets', () => {
  it('lists the scripts, stylesheets and module preloads an HTML file references, not other links', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="data:," />
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="./assets/index-123.css">
      <link rel="preconnect" href="https://example.org">
      <script src="https://cdn.example.org/x.js"></script>
      <script>inline()</script>
    </head></html>`;
    expect(directAssets(html)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js', 'assets/index-123.css']);
  });
});
