// docs/frameworks.md, "Next.js": lets `next build` accept the bare tags in TSX.
/// <reference types="iam-elements/types/react" />
