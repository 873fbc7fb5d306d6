import { router } from '../../../trpc';
import { loginProcedure } from './login';
import { logoutProcedure } from './logout';
import { logoutGetProcedure } from './logout-get';
import { refreshTokenProcedure } from './refresh-token';

export const authRouter = router({
  login: loginProcedure,
  logout: logoutProcedure,
  logoutGet: logoutGetProcedure,
  refreshToken: refreshTokenProcedure,
});
