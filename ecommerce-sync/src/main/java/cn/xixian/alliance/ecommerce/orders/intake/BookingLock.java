package cn.xixian.alliance.ecommerce.orders.intake;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * One writer of bookings per JVM: the batch path caps each reference at its own kilograms on the assumption that
 * only one caller applies or releases it at a time (the version compare-and-set guards across processes).
 */
@Component
class BookingLock {

    private final ReentrantLock lock = new ReentrantLock(true);

    void run(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }
}
