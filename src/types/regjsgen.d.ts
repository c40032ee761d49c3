declare module 'regjsgen' {
  import type { AstNode } from 'regjsparser';
  /** The pattern source of a regjsparser tree. */
  export function generate(node: AstNode): string;
}
