/** The addresses of a chart's pages, in one place for every link, the sitemap and the tests. */
export const chartPath = (slug: string) => `/charts/${slug}`;

/** The one sheet a student is given. */
export const handoutPath = (slug: string) => `/charts/${slug}/handout`;

/** The teacher's page: strong answers, source checks and a lesson plan; never on the projector. */
export const teachPath = (slug: string) => `/charts/${slug}/teach`;
