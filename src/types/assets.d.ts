/** Files esbuild bundles for the browser code: CSS is emitted beside the entry, images as files. */
declare module "*.css";
declare module "*.png" {
  const url: string;
  export default url;
}
