import { graphql } from '../../graphql/generated';

export const UpdateMyProfileMutation = graphql(`
  mutation ProfileUpdate($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      name
    }
  }
`);

export const SetMyLanguageMutation = graphql(`
  mutation ProfileSetLanguage($language: String) {
    setMyLanguage(language: $language) {
      id
      preferredLanguage
    }
  }
`);

export const ChangeMyPasswordMutation = graphql(`
  mutation ProfileChangePassword($input: ChangePasswordInput!) {
    changeMyPassword(input: $input)
  }
`);

export const EndMyOtherSessionsMutation = graphql(`
  mutation ProfileEndOtherSessions {
    endMyOtherSessions
  }
`);

export const ProfileQuery = graphql(`
  query Profile {
    me {
      id
      name
      email
      role
      preferredLanguage
    }
    languages {
      code
      nativeName
    }
  }
`);
