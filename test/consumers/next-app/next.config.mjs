/** @type {import('next').NextConfig} */
// The app is a folder inside the repository, which has its own lockfile: the app is its own root.
export default { turbopack: { root: import.meta.dirname } };
