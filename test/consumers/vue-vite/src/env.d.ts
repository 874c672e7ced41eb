/// <reference types="vite/client" />
/// <reference types="iam-elements/types/vue" />
