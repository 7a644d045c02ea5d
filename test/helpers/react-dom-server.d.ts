// react-dom ships no types and @types/react-dom is not installed: the one function the tests use
// (rendering a server component's output to HTML), typed here.
declare module 'react-dom/server' {
  import type { ReactNode } from 'react'
  export function renderToStaticMarkup(node: ReactNode): string
}
