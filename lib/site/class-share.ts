/**
 * The addresses that open Google Classroom's and Microsoft Teams' own share windows with a page's
 * address and title filled in: plain links, so that nothing is asked of either service, and no
 * script of theirs is loaded, until a teacher clicks one. Both services document share buttons
 * made by their scripts; these are the addresses those scripts open.
 */
export function classShareLinks(url: string, title: string) {
  const page = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return {
    classroom: `https://classroom.google.com/share?url=${page}&title=${text}`,
    teams: `https://teams.microsoft.com/share?href=${page}&msgText=${text}`,
  };
}
