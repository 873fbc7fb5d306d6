import { describe, expect, it } from 'vitest';
import { pageContent } from './page-content';

const html = `<!doctype html><html><head><title>Guide</title><meta name="description" content="How to set up"></head>
<body><nav><a href="/">Home</a> <a href="/about#team">About</a> <a href="mailto:x@example.com">Mail</a></nav>
<main><article><h1>Setting up</h1><p>First install the package. This paragraph is long enough to be the main content of the page, and Readability keeps it.</p>
<p>Then run <code>setup</code> and read the <a href="docs/next.html">next page</a>.</p><ul><li>one</li><li>two</li></ul></article></main>
<footer>Copyright footer text</footer><script>alert(1)</script></body></html>`;

describe('pageContent', () => {
  it('reads title, description, links and the main content as markdown', async () => {
    const page = await pageContent(html, 'https://site.test/guide/index.html', true);
    expect(page.title).toBe('Guide');
    expect(page.description).toBe('How to set up');
    expect(page.links).toEqual(['https://site.test/', 'https://site.test/about', 'https://site.test/guide/docs/next.html']);
    expect(page.markdown).toContain('First install the package.');
    expect(page.markdown).toMatch(/^-\s+one$/m);
    expect(page.markdown).toContain('[next page](https://site.test/guide/docs/next.html)');
    expect(page.markdown).not.toContain('Copyright footer');
    expect(page.markdown).not.toContain('alert(1)');
  });

  it('keeps the whole body without the main-content option', async () => {
    const page = await pageContent(html, 'https://site.test/guide/', false);
    expect(page.markdown).toContain('Copyright footer');
    expect(page.markdown).toContain('# Setting up');
    expect(page.markdown).not.toContain('alert(1)');
  });
});
