import { Suspense } from 'react';
import { WebappSignInPage } from '@/components/webapp/webapp-signin-page';

export default function Page() {
  return (
    <Suspense>
      <WebappSignInPage />
    </Suspense>
  );
}
