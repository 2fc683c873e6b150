import { graphql } from '../graphql/generated';

export const ConsoleShellQuery = graphql(`
  query ConsoleShell {
    me {
      id
      name
      role
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
