"""Contract tests, mocks and the shared spec registry for the ROIT, PaymentWorks and Procuros APIs."""
