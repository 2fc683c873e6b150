import { graphql } from '../graphql/generated';

export const ConsoleShellQuery = graphql(`
  query ConsoleShell {
    me {
      id
      name
      role
      preferredLanguage
    }
    agency {
      id
      name
      timeZone
      neighbourhoods
      enabledLanguages
    }
  }
`);
