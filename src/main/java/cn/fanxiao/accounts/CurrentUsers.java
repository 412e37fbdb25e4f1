package cn.fanxiao.accounts;

/** Resolves the user of the current request. */
public interface CurrentUsers {

    /** The signed-in user; throws if nobody is signed in. */
    CurrentUser current();
}
