// The Element Timing API's attribute (https://w3c.github.io/element-timing/), which React passes
// through as written but whose types do not list it yet.
import 'react';

declare module 'react' {
  // Merged into React's own declaration, whose type parameter it must repeat by name.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface SVGAttributes<T> {
    elementtiming?: string;
  }
}
