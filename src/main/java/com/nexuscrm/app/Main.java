package com.nexuscrm.app;
public class Main { public static void main(String[] a){} }
