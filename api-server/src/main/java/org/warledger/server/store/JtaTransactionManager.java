package org.warledger.server.store;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Lets Axon's event processors run each batch in a Narayana (JTA) transaction, so that a read
 * model's rows and the processor's tracking token are committed together or not at all. Joins a
 * transaction already running on the thread instead of nesting.
 */
public class JtaTransactionManager implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    public JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            boolean owner = jta.getStatus() == Status.STATUS_NO_TRANSACTION;
            if (owner) {
                jta.begin();
            }
            return new Transaction() {
                @Override
                public void commit() {
                    if (owner) {
                        try {
                            jta.commit();
                        } catch (Exception e) {
                            throw new IllegalStateException("commit failed", e);
                        }
                    }
                }

                @Override
                public void rollback() {
                    if (owner) {
                        try {
                            jta.rollback();
                        } catch (SystemException e) {
                            throw new IllegalStateException("rollback failed", e);
                        }
                    }
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException("could not start a transaction", e);
        }
    }
}
