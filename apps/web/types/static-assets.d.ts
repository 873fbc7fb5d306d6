// Static asset imports (the provider logos import SVG files) typed as Next types them; committed because
// next-env.d.ts exists only after a build, and the typecheck runs before one.
/// <reference types="next/image-types/global" />
