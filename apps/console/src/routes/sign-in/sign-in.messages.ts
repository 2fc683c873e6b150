import { defineCatalog } from '../../i18n/catalog';

export const signInMessages = defineCatalog({
  title: { id: 'signIn.title', defaultMessage: 'Sign in' },
  intro: { id: 'signIn.intro', defaultMessage: 'Sign in with the email address and password of your Liaison staff account.' },
  email: { id: 'signIn.email', defaultMessage: 'Email address' },
  password: { id: 'signIn.password', defaultMessage: 'Password' },
  showPassword: { id: 'signIn.showPassword', defaultMessage: 'Show password' },
  submit: { id: 'signIn.submit', defaultMessage: 'Sign in' },
  submitting: { id: 'signIn.submitting', defaultMessage: 'Signing in…' },
  wrongCredentials: { id: 'signIn.wrongCredentials', defaultMessage: 'The email address or password is not right. Check both and try again.' },
  emailMissing: { id: 'signIn.emailMissing', defaultMessage: 'Enter your email address, like name@agency.gov.' },
  passwordMissing: { id: 'signIn.passwordMissing', defaultMessage: 'Enter your password.' },
  throttled: { id: 'signIn.throttled', defaultMessage: 'Too many attempts. Wait {seconds, plural, one {# second} other {# seconds}} before trying again.' },
  forbidden: { id: 'signIn.forbidden', defaultMessage: 'This account cannot sign in: {reason}' },
  unavailable: { id: 'signIn.unavailable', defaultMessage: 'The server could not be reached. Check your connection and try again; nothing was lost.' },
});
