/**
 * The part of Astro's generated `astro:content` module the site's TypeScript uses, so
 * `npm run typecheck` works on a fresh clone (Astro writes its full types into .astro/ only
 * during a build). Entry data is typed where it is read (lib/content.ts).
 */
declare module 'astro:content' {
  export function defineCollection<T>(config: T): T
  export function getCollection(
    collection: string,
  ): Promise<{ id: string; data: unknown; digest?: string | number }[]>
}
