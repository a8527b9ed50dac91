// @xapi/cmi5 names its ES module only in `module` (no `main`, no `exports`), which Node-side tools
// such as Vitest do not read; cmi5.ts imports that file by path, typed as the package itself.
declare module '@xapi/cmi5/dist/Cmi5.esm.js' {
  export { default } from '@xapi/cmi5'
}
