import { sendInnerMail } from '../../../services/mail/send-inner-mail';
import { innerProcedure } from '../inner-procedure';
import { sendMailMeta, ZSendMailRequest, ZSendMailResponse } from './send-mail.types';

export const sendMailProcedure = innerProcedure
  .meta(sendMailMeta)
  .input(ZSendMailRequest)
  .output(ZSendMailResponse)
  .mutation(async ({ ctx, input }) => {
    await sendInnerMail(ctx.deps, input);
    return { message: 'success' as const };
  });
